// The datasets and their series: names, labels and the unit each series is measured in.

import type { Scale, Unit } from './vocabulary';

export interface SeriesInfo {
  label: string;
  unit: Unit;
  scale: Scale;
  description: string;
}

export const DATASET_NAMES = ['economy', 'trade', 'fisheries', 'payments', 'assistance'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export interface DatasetInfo {
  title: string;
  description: string;
  series: Readonly<Record<string, SeriesInfo>>;
}

export const DATASETS: Readonly<Record<DatasetName, DatasetInfo>> = {
  economy: {
    title: 'Soviet economy',
    description: 'Soviet GNP, production, money income and prices in 1990 and the first half of 1991, and the unmet-demand estimate.',
    series: {
      gnp_change: { label: 'GNP', unit: 'percent_change', scale: '', description: 'Soviet gross national product, % change' },
      industrial_output_change: {
        label: 'Mining and manufacturing production',
        unit: 'percent_change',
        scale: '',
        description: 'Soviet mining and manufacturing production, % change',
      },
      consumer_goods_change: {
        label: 'Consumer-goods production',
        unit: 'percent_change',
        scale: '',
        description: 'Production of consumer goods, % change',
      },
      money_income_change: {
        label: 'Monetary income of the population',
        unit: 'percent_change',
        scale: '',
        description: 'Monetary income of the Soviet population, % change',
      },
      retail_price_rise: {
        label: 'Retail price rise of 2 April 1991',
        unit: 'percent_change',
        scale: '',
        description: 'Average rise of retail prices decreed for 2 April 1991',
      },
      price_rise_compensation: {
        label: 'Share of the price-rise loss compensated',
        unit: 'percent',
        scale: '',
        description: "Share of citizens' loss from the April 1991 price rise that was compensated",
      },
      unsatisfied_demand: {
        label: 'Unsatisfied demand (estimate)',
        unit: 'SUR',
        scale: 'billion',
        description: 'Demand that could not be satisfied, estimated by four international institutions including the IMF',
      },
    },
  },
  trade: {
    title: 'Japan–Soviet trade',
    description:
      "Japan's exports to and imports from the Soviet Union in 1990 and the first half of 1991, with the implied earlier values.",
    series: {
      exports: { label: "Japan's exports to the USSR", unit: 'USD', scale: 'million', description: "Japan's exports to the Soviet Union" },
      exports_change: {
        label: "Japan's exports, % change",
        unit: 'percent_change',
        scale: '',
        description: "Change in Japan's exports to the Soviet Union",
      },
      imports: {
        label: "Japan's imports from the USSR",
        unit: 'USD',
        scale: 'million',
        description: "Japan's imports from the Soviet Union",
      },
      imports_change: {
        label: "Japan's imports, % change",
        unit: 'percent_change',
        scale: '',
        description: "Change in Japan's imports from the Soviet Union",
      },
      total_trade: { label: 'Total trade', unit: 'USD', scale: 'million', description: 'Exports plus imports' },
      total_trade_change: {
        label: 'Total trade, % change',
        unit: 'percent_change',
        scale: '',
        description: 'Change in total Japan-Soviet trade',
      },
      soviet_surplus: {
        label: 'Soviet trade surplus with Japan',
        unit: 'USD',
        scale: 'million',
        description: "Japan's imports from the USSR minus its exports to it",
      },
      partner_rank: {
        label: "Japan's rank among the USSR's industrialized partners",
        unit: 'rank',
        scale: '',
        description: "Japan's rank among the Soviet Union's trading partners in the industrialized countries (Soviet statistics)",
      },
    },
  },
  fisheries: {
    title: 'Fisheries',
    description:
      'The 200-nautical-mile fishing quotas, the salmon and trout catch and the fishery cooperation expenditures for 1990 and 1991.',
    series: {
      quota_noncompensatory: {
        label: '200-mile quota, non-compensatory portion',
        unit: 'tonnes',
        scale: '',
        description: 'Catch allowed in the respective 200-nautical-mile zones without payment',
      },
      quota_payable: {
        label: '200-mile quota, payable portion',
        unit: 'tonnes',
        scale: '',
        description: 'Catch allowed against payment (Japan only)',
      },
      salmon_trout_catch: {
        label: 'Salmon and trout catch',
        unit: 'tonnes',
        scale: '',
        description: 'High-seas catch by Japanese boats of salmon and trout of Soviet origin',
      },
      salmon_trout_catch_change: {
        label: 'Salmon and trout catch, % change',
        unit: 'percent_change',
        scale: '',
        description: 'Change in the salmon and trout catch',
      },
      cooperation_expenditure: {
        label: 'Fishery cooperation expenditures',
        unit: 'JPY',
        scale: 'million',
        description: 'Fishery cooperation expenditures agreed in the salmon and trout negotiations',
      },
      cooperation_expenditure_change: {
        label: 'Fishery cooperation expenditures, % change',
        unit: 'percent_change',
        scale: '',
        description: 'Change in fishery cooperation expenditures',
      },
    },
  },
  payments: {
    title: 'Delayed payments and joint ventures',
    description: 'Delayed Soviet payments to Japanese trading companies and the number of Japan-Soviet joint ventures.',
    series: {
      delayed_payments: {
        label: 'Delayed Soviet payments',
        unit: 'USD',
        scale: 'million',
        description: 'Delayed settlement of Soviet import payments to major Japanese trading companies',
      },
      delayed_payment_companies: {
        label: 'Trading companies owed delayed payments',
        unit: 'count',
        scale: '',
        description: 'Major Japanese trading companies owed the delayed payments',
      },
      joint_ventures: {
        label: 'Japan-Soviet joint ventures',
        unit: 'count',
        scale: '',
        description: 'Japan-Soviet joint venture companies registered in the Soviet Union',
      },
    },
  },
  assistance: {
    title: 'Assistance',
    description: "Japan's humanitarian assistance and loans to the Soviet Union, and Germany's funding of the Soviet troop withdrawal.",
    series: {
      food_medical_grant: {
        label: 'Food and medical grants',
        unit: 'JPY',
        scale: 'billion',
        description: "Japan's humanitarian grants, mainly of food and medical items",
      },
      eximbank_food_loan: {
        label: 'Export-Import Bank food loan (up to)',
        unit: 'USD',
        scale: 'million',
        description: 'Loan by the Export-Import Bank of Japan to purchase food, up to this amount',
      },
      chernobyl_medical_equipment: {
        label: 'Medical equipment for Chernobyl areas',
        unit: 'JPY',
        scale: 'billion',
        description: 'Medical equipment for the areas affected by the Chernobyl accident',
      },
      german_withdrawal_funding: {
        label: "Germany's funding of the Soviet troop withdrawal",
        unit: 'DEM',
        scale: 'billion',
        description: 'Grants and loans by Germany for the withdrawal of Soviet forces, 1991-1994',
      },
    },
  },
};

export function isDatasetName(name: string): name is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(name);
}

/**
 * The dataset a CSV file name stands for: `trade.csv` and the download name
 * `bluebook-1991-soviet-union-trade.csv` → `trade`; anything else → undefined.
 */
export function datasetForFileName(fileName: string): DatasetName | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = /(?:^|-)([a-z]+)\.csv$/.exec(base);
  return m && m[1] && isDatasetName(m[1]) ? m[1] : undefined;
}
