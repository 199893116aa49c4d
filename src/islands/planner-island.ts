/**
 * The planner's live results: reads the form, runs the same pure functions as the build
 * (planNetwork, suggestNetwork), writes the values into the build-rendered result table and
 * keeps every input in the URL. Loads only the page's own language.
 */
import { enableControls } from './enable-controls.ts';
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import { describeReason } from '../lib/describe-suggestion.ts';
import type { NetworkData } from '../lib/network-data.ts';
import { planNetwork, ratesFrom, type PlannerProblem } from '../lib/planner.ts';
import type { PrefectureFacts } from '../lib/planner-data.ts';
import { outputTexts } from '../lib/planner-view.ts';
import { suggestNetwork, type AreaFacts, type NetworkRules } from '../lib/suggest-network.ts';

interface IslandData {
  facts: { national: AreaFacts['national']; prefectures: Record<string, PrefectureFacts> };
  rules: NetworkRules;
  networks: NetworkData;
  typeNames: Record<string, string>;
}

/** A text field as a number: empty is null (not given), anything unreadable is NaN. */
export function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(/[,，]/g, '');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

async function loadStrings(lang: Lang): Promise<Strings> {
  return lang === 'en' ? (await import('../i18n/en.ts')).en : (await import('../i18n/ja.ts')).ja;
}

export async function enhancePlanner(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-planner]');
  const results = document.querySelector<HTMLElement>('[data-planner-results]');
  const dataNode = document.querySelector('script[data-planner-data]');
  if (!form || !results || !dataNode) return;
  const lang = (document.documentElement.lang === 'en' ? 'en' : 'ja') as Lang;
  const t = await loadStrings(lang);
  const data = JSON.parse(dataNode.textContent ?? '{}') as IslandData;
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')];
  const field = (name: string) => fields.find((f) => f.name === name)!;

  // Restore the inputs from the URL, then keep the URL in step with every change.
  const params = new URLSearchParams(location.search);
  for (const f of fields) {
    const value = params.get(f.name);
    if (value !== null && (f instanceof HTMLInputElement || [...f.options].some((o) => o.value === value))) f.value = value;
  }

  const update = () => {
    const query = new URLSearchParams();
    for (const f of fields) if (f.value !== (f instanceof HTMLSelectElement ? f.querySelector('option[selected]')?.getAttribute('value') : f.defaultValue)) query.set(f.name, f.value);
    history.replaceState(null, '', `${location.pathname}${query.size > 0 ? `?${query}` : ''}`);
    render();
  };

  const render = () => {
    const rates = ratesFrom((name) => ({ low: readNumber(field(`${name}.low`).value) ?? Number.NaN, high: readNumber(field(`${name}.high`).value) ?? Number.NaN }));
    const targetFirms = readNumber(field('target').value) ?? Number.NaN;
    const areaSmes = readNumber(field('smes').value);
    const plan = planNetwork({ targetFirms, areaSmes, rates });

    const heading = results.querySelector<HTMLElement>('#results-heading');
    if (heading) heading.textContent = heading.dataset.liveHeading ?? heading.textContent;
    results.querySelector<HTMLElement>('[data-example-intro]')?.setAttribute('hidden', '');
    markProblems(plan.ok ? [] : plan.problems);
    const outputTable = results.querySelector<HTMLElement>('[data-output-table]');
    if (outputTable) outputTable.hidden = !plan.ok;
    if (plan.ok) {
      const texts = outputTexts(lang, t.planner, plan.result);
      for (const cell of results.querySelectorAll<HTMLElement>('[data-output]')) cell.textContent = texts[cell.dataset.output as keyof typeof texts];
    }

    const facts = data.facts.prefectures[field('pref').value];
    if (!facts) return;
    const smeCount = areaSmes !== null && Number.isInteger(areaSmes) && areaSmes > 0 ? areaSmes : null;
    const suggestion = suggestNetwork({ ...facts, national: data.facts.national, smeCount }, data.rules, data.networks);
    const s = t.suggestion;
    const type = results.querySelector('[data-suggestion-type]');
    if (type) type.textContent = s.summary(s.pairingName[suggestion.pairing] ?? '', s.leadName[suggestion.lead], s.coverageName[suggestion.coverage]);
    results.querySelector('[data-reasons]')?.replaceChildren(
      ...suggestion.reasons.map((r) => Object.assign(document.createElement('li'), { textContent: describeReason(r, lang, s) })),
    );
    for (const row of suggestion.roleSplit) {
      const cell = results.querySelector(`[data-step="${row.step}"]`);
      if (!cell) continue;
      cell.textContent =
        row.organisations.length === 0
          ? s.noOrganisation
          : row.organisations
              .map((o) => `${data.typeNames[o.id]}${s.role[o.role]}${o.substitutesFor ? s.substitutes(data.typeNames[o.substitutesFor] ?? '') : ''}`)
              .join(s.listSeparator);
    }
  };

  const markProblems = (problems: PlannerProblem[]) => {
    const list = results.querySelector<HTMLElement>('[data-problem-list]');
    const alert = results.querySelector<HTMLElement>('[data-problems]');
    for (const f of fields) f.removeAttribute('aria-invalid');
    if (!list || !alert) return;
    list.replaceChildren(
      ...problems.map((problem) => {
        const names = problem.field === 'targetFirms' ? ['target'] : problem.field === 'areaSmes' ? ['smes'] : [`${problem.field}.low`, `${problem.field}.high`];
        for (const name of names) field(name).setAttribute('aria-invalid', 'true');
        const label = problem.field === 'targetFirms' ? t.planner.target : problem.field === 'areaSmes' ? t.planner.areaSmes : t.planner.rateNames[problem.field];
        return Object.assign(document.createElement('li'), { textContent: `${label}: ${t.planner.problems[problem.problem]}` });
      }),
    );
    list.hidden = problems.length === 0;
    alert.hidden = problems.length === 0;
  };

  enableControls(form);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  render();
}
