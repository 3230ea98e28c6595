'use client';

import { PATHS } from '@/lib/site/routes';
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }): React.ReactNode {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">This page could not be shown. The figures themselves are checked when the site is built; please try again.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or go to the <a href={PATHS.home}>overview</a>.
      </p>
    </>
  );
}
