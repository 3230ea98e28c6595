import { pageList } from '@/lib/site/pages';

/** The site's pages, each with what it holds: on the home page and the 404 page. */
export function PageList(): React.ReactNode {
  return (
    <ul className="topic-list">
      {pageList().map((p) => (
        <li key={p.href}>
          <a href={p.href}>{p.title}</a>: {p.summary}
        </li>
      ))}
    </ul>
  );
}
