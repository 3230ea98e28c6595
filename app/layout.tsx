import type { Metadata, Viewport } from 'next';
import { InlineBehaviours } from '@/components/layout/inline-behaviours';
import { InteractiveMarker } from '@/components/layout/interactive-marker';
import { LazyLayoutScript } from '@/components/layout/lazy-layout-script';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { paletteCss } from '@/lib/charts/chart-palette';
import { getSiteModel } from '@/build/site';
import './globals.css';
import { siteUrl } from '@/lib/site/routes';
import { PAGE_TITLE_TEMPLATE } from '@/lib/site/pages';

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
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter metadata={source} />
        <InteractiveMarker />
      </body>
    </html>
  );
}
