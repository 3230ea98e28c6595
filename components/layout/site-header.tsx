import { navigation } from '@/lib/site/pages';
import { PATHS } from '@/lib/site/routes';

export function SiteHeader(): React.ReactNode {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <p className="site-title">
          <a href={PATHS.home}>Soviet Union in the 1991 Bluebook</a>
          <span className="site-subtitle">Economic figures, each cited to its sentence</span>
        </p>
        <nav aria-label="Main">
          <ul>
            {navigation().map(({ href, label }) => (
              <li key={href}>
                <a href={href}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
