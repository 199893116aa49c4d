/** The shape of public/data/networks.json: chapters 2–3 of the guidebook as validated data. */
import type { Bilingual } from './derived-data.ts';

export type Sector = 'public' | 'private';

export interface NetworkData {
  steps: { step: number; name: Bilingual; page: number }[];
  organisationTypes: { id: string; name: Bilingual; sector: Sector; steps: number[]; page: number }[];
  networkTypes: {
    pairing: number;
    symbol: string;
    lead: Sector;
    participants: Sector;
    name: string;
    traits: Bilingual;
    cautions: Bilingual;
    page: number;
  }[];
  roleSplits: { pairing: number; step: number; organisationType: string; role: 'lead' | 'support' | 'external'; page: number }[];
  pilotOrganisations: {
    id: number;
    organisation: Bilingual;
    prefectureCodes: string[];
    area: Bilingual;
    smeCount: number | null;
    lead: Sector | null;
    pairing: number | null;
    coverage: 'prefecture' | 'municipal' | 'mixed';
    page: number;
  }[];
  kpis: { kpi: string; label: Bilingual; unit: Bilingual; plan: number | null; actual: number; page: number }[];
  caseStudies: {
    id: string;
    kind: 'network' | 'training';
    title: Bilingual;
    organisation: string;
    prefectureCodes: string[];
    lead: Sector | null;
    pairing: number | null;
    smeCount: number | null;
    summary: Bilingual;
    page: number;
  }[];
  presence: { code: string; proJinzaiKyoten: boolean; yorozuShienKyoten: boolean; page: number }[];
}
