import type { Metadata, Viewport } from 'next';
import { InlineBehaviours } from '@/components/layout/inline-behaviours';
import { InteractiveMarker } from '@/components/layout/interactive-marker';
import { LazyLayoutScript } from '@/components/layout/lazy-layout-script';
import { paletteCss } from '@/lib/charts/chart-palette';
import { getSiteModel } from '@/build/site';
import './globals.css';
import { PATHS, siteUrl } from '@/lib/site/routes';
import { navigation, PAGE_TITLE_TEMPLATE } from '@/lib/site/pages';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: {
    default: 'The Soviet Union in the Diplomatic Bluebook 1991: economic figures',
    template: PAGE_TITLE_TEMPLATE,
  },
  description:
    "Soviet GNP, Japan–Soviet trade, fishery quotas, delayed payments and assistance as stated in Japan's Diplomatic Bluebook 1991, every number linked to the sentence that states it.",
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: React.ReactNode }): React.ReactNode {
  const { metadata: source } = getSiteModel();
  return (
    // The head script adds an attribute to <html> before hydration.
    <html lang="en" suppressHydrationWarning>
      <head>
        <LazyLayoutScript />
        <InlineBehaviours />
        <style dangerouslySetInnerHTML={{ __html: paletteCss() }} />
      </head>
      <body>
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
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Source: {source.publisher}, <cite>{source.title}</cite>, {source.section} (
            <a href={source.sectionUrl} rel="external">
              the section on the Ministry&rsquo;s site
            </a>
            ). Covers {source.periodCovered.charAt(0).toLowerCase() + source.periodCovered.slice(1)}.
          </p>
          <p>
            Every number links to the sentence that states it; derived numbers are marked and show their formula. Data:{' '}
            <a href={PATHS.data}>CSV downloads and how to cite</a>.
          </p>
        </footer>
        <InteractiveMarker />
      </body>
    </html>
  );
}
