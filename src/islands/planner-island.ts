/**
 * The planner's live results: reads the form, runs the same pure functions as the build
 * (readCount, planNetwork, resultTexts), writes the texts into the build-rendered page and keeps
 * the address bar equal to what the page shows. Loads only the page's own language.
 */
import { enableControls } from './enable-controls.ts';
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import { MAX_AREA_SMES, MAX_TARGET_FIRMS, planNetwork, type PlannerProblem } from '../lib/planner.ts';
import {
  canonicalValue,
  DEFAULT_PLAN,
  PLANNER_FIELDS,
  plannerQuery,
  readCount,
  readPlannerQuery,
  type PlannerFieldName,
} from '../lib/planner-input.ts';
import type { PlannerIslandData } from '../lib/planner-prefectures.ts';
import { problemFieldName, problemText, resultTexts, summaryText } from '../lib/planner-view.ts';

async function loadStrings(lang: Lang): Promise<Strings> {
  return lang === 'en' ? (await import('../i18n/en.ts')).en : (await import('../i18n/ja.ts')).ja;
}

export async function enhancePlanner(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-planner]');
  const results = document.querySelector<HTMLElement>('[data-planner-results]');
  const dataNode = document.querySelector('script[data-planner-data]');
  if (!form || !results || !dataNode) return;
  const lang = (document.documentElement.lang === 'en' ? 'en' : 'ja') as Lang;
  const t = (await loadStrings(lang)).planner;
  const data = JSON.parse(dataNode.textContent ?? '{}') as PlannerIslandData;
  const slugs = Object.keys(data.prefectures);
  const field = (name: PlannerFieldName) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  const label: Record<PlannerFieldName, string> = { pref: t.prefecture, smes: t.areaSmes, target: t.target };
  const $ = <E extends HTMLElement>(selector: string) => document.querySelector<E>(selector);

  // Restore the fields from the URL; values the page cannot show are dropped and named.
  const query = readPlannerQuery(location.search, slugs);
  for (const name of PLANNER_FIELDS) {
    const value = query.values[name];
    if (value !== undefined) field(name).value = value;
  }
  const urlNote = $('[data-url-note]');
  if (urlNote && query.dropped.length > 0) {
    urlNote.textContent = t.urlDropped(query.dropped.map((name) => t.quoteLabel(label[name])).join(t.labelSeparator));
    urlNote.hidden = false;
  }

  // The address bar holds each field's last valid value, so a copied link shows what the page showed.
  const lastValid: Partial<Record<PlannerFieldName, string>> = {};
  const writeUrl = () => {
    for (const name of PLANNER_FIELDS) {
      const value = canonicalValue(name, field(name).value, slugs);
      if (value !== null) lastValid[name] = value;
    }
    const search = plannerQuery(lastValid);
    if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  };

  const render = () => {
    const pref = data.prefectures[field('pref').value] ?? data.prefectures[DEFAULT_PLAN.pref]!;
    const target = readCount(field('target').value, MAX_TARGET_FIRMS, false);
    const smes = readCount(field('smes').value, MAX_AREA_SMES, true);
    const parseProblems: PlannerProblem[] = [
      ...(target.problem ? [{ field: 'targetFirms' as const, problem: target.problem }] : []),
      ...(smes.problem ? [{ field: 'areaSmes' as const, problem: smes.problem }] : []),
    ];
    const plan =
      parseProblems.length > 0
        ? { ok: false as const, problems: parseProblems }
        : planNetwork({ targetFirms: target.value!, areaSmes: smes.value }, data.pilot);

    const heading = $('#results-heading');
    if (heading) heading.textContent = heading.dataset.liveHeading ?? heading.textContent;
    markProblems(plan.ok ? [] : plan.problems);
    const output = $('[data-output]');
    const summary = $('[data-summary]');
    if (output) output.hidden = !plan.ok;
    if (summary) summary.hidden = !plan.ok;
    if (plan.ok) {
      const texts = resultTexts(lang, t, plan.result, data.pilot);
      if (summary) summary.textContent = summaryText(lang, t, pref.name, smes.value, plan.result.targetFirms);
      const out: Record<string, string> = {
        'step34Firms.plan': texts.step34Firms.plan,
        'step34Firms.actual': texts.step34Firms.actual,
        'areaYears.plan': texts.areaYears.plan,
        'areaYears.actual': texts.areaYears.actual,
        share: texts.share,
      };
      for (const cell of results.querySelectorAll<HTMLElement>('[data-out]')) cell.textContent = out[cell.dataset.out ?? ''] ?? '—';
      const beyond = $('[data-beyond]');
      if (beyond) {
        beyond.textContent = texts.beyondPilot ?? '';
        beyond.hidden = texts.beyondPilot === null;
      }
    }

    const prefHeading = $('[data-prefecture-heading]');
    if (prefHeading) prefHeading.textContent = pref.heading;
    const prefIntro = $('[data-prefecture-intro]');
    if (prefIntro) prefIntro.textContent = pref.intro;
    const pilots = $('[data-prefecture-pilots]');
    if (pilots) {
      pilots.replaceChildren(...pref.pilots.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
      pilots.hidden = pref.pilots.length === 0;
    }
    const profile = $<HTMLAnchorElement>('[data-profile-link]');
    if (profile) {
      profile.href = pref.profile;
      profile.textContent = pref.profileText;
    }
  };

  const markProblems = (problems: PlannerProblem[]) => {
    const list = $('[data-problem-list]');
    const alert = $('[data-problems]');
    for (const name of PLANNER_FIELDS) field(name).removeAttribute('aria-invalid');
    for (const problem of problems) field(problemFieldName(problem)).setAttribute('aria-invalid', 'true');
    if (!list || !alert) return;
    list.replaceChildren(
      ...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problemText(lang, t, problem) })),
    );
    list.hidden = problems.length === 0;
    alert.hidden = problems.length === 0;
  };

  const update = () => {
    render();
    writeUrl();
  };
  // The note about the address bar describes the page as loaded; the first edit makes it history.
  const edited = () => {
    if (urlNote) urlNote.hidden = true;
    update();
  };
  enableControls(form);
  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
  update();
}
