import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { FigureCard } from '@/components/figures/figure-card';
import { CitedValue } from '@/components/citation/cited-value';
import { getSiteModel, getFigure } from '@/build/site';
import { PageList } from '@/components/layout/page-list';
import { chartPath, PATHS, topicSectionPath } from '@/lib/site/routes';

export const metadata = pageMetadata(sitePage('home'));

export default function OverviewPage(): React.ReactNode {
  const { metadata, figures } = getSiteModel();
  const reported = figures.filter((f) => f.kind === 'reported').length;
  const derived = figures.length - reported;
  return (
    <>
      <h1>The Soviet Union in Japan&rsquo;s Diplomatic Bluebook 1991</h1>
      <p className="lede">
        The economic figures of the Bluebook&rsquo;s section on the Soviet Union: a shrinking Soviet economy, Japan&rsquo;s trade with it,
        fishery quotas, unpaid bills and assistance. Every number links to the sentence of the report that states it: open a number for its
        page, with that sentence and how to cite it, or, with a mouse or keyboard, point at or focus it to read the sentence in place.
        Numbers computed from the report are marked <span className="derived-badge">derived</span> and show their formula.
      </p>

      <section aria-labelledby="headlines">
        <h2 id="headlines">Headline figures</h2>
        <div className="card-grid">
          <FigureCard figure={getFigure('economy-gnp-change-1991-s1')} title="Soviet GNP, first half of 1991" href={PATHS.economy}>
            After <CitedValue figure={getFigure('economy-gnp-change-1990')} context="card-detail" /> in 1990.
          </FigureCard>
          <FigureCard figure={getFigure('trade-exports-change-1990')} title="Japan’s exports to the USSR, 1990" href={PATHS.trade}>
            To <CitedValue figure={getFigure('trade-exports-1990')} context="card-detail" />, hit by delayed payments.
          </FigureCard>
          <FigureCard
            figure={getFigure('trade-soviet-surplus-1990')}
            title="Soviet trade surplus with Japan, 1990"
            href={chartPath({ pagePath: PATHS.trade, id: 'trade-balance' })}
          >
            {getFigure('trade-soviet-surplus-1990').note}
          </FigureCard>
          <FigureCard figure={getFigure('payments-delayed-1991-06-30')} title="Delayed Soviet payments" href={PATHS.payments}>
            Owed to <CitedValue figure={getFigure('payments-delayed-companies-1991-06-30')} context="card-detail" /> major Japanese trading
            companies.
          </FigureCard>
          <FigureCard
            figure={getFigure('fisheries-salmon-trout-1991')}
            title="Salmon and trout catch, 1991"
            href={chartPath({ pagePath: PATHS.fisheries, id: 'fisheries-salmon' })}
          >
            Cut from <CitedValue figure={getFigure('fisheries-salmon-trout-1990')} context="card-detail" /> in 1990.
          </FigureCard>
          <FigureCard
            figure={getFigure('assistance-food-medical-grant-1990-12')}
            title="Food and medical grants"
            href={topicSectionPath('assistance')}
          >
            With a food loan of up to <CitedValue figure={getFigure('assistance-eximbank-food-loan-1990-12')} context="card-detail" />.
          </FigureCard>
        </div>
      </section>

      <section aria-labelledby="topics">
        <h2 id="topics">Topics</h2>
        <PageList />
      </section>

      <section aria-labelledby="about">
        <h2 id="about">About the source</h2>
        <p>
          {metadata.publisher}, <cite>{metadata.title}</cite> ({metadata.originalTitle}), {metadata.section}. It covers{' '}
          {metadata.periodCovered.charAt(0).toLowerCase() + metadata.periodCovered.slice(1)}. This site holds {reported} figures stated in
          the text and {derived} derived from them.{' '}
          <a href={metadata.contentsUrl} rel="external">
            The original publication
          </a>
          .
        </p>
      </section>
    </>
  );
}
