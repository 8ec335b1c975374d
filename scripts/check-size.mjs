// The size budget, checked in `npm test` after a build: the JavaScript the start page and the
// questionnaire load must stay within 110 KB gzip (issues: fast on a cheap phone; paint before any script).
import { budgets, kb, measureBundles } from './bundle-sizes.mjs'

const sizes = measureBundles()
const used = sizes.startAndQuestionnaire
console.log(
  `start page ${kb(sizes.start)} + questionnaire ${kb(sizes.questionnaire)} = ${kb(used)} gzip (budget ${kb(budgets.startAndQuestionnaire)})`,
)
console.log(
  `after first paint: data layer ${kb(sizes.dataLayer)} (start + questionnaire + data layer ${kb(sizes.withDataLayer)}); lazy: report ${kb(sizes.report)}, PDF worker ${kb(sizes.pdfWorker)} (on the page only if the worker fails: ${kb(sizes.pdf)}), workshop ${kb(sizes.workshop)}, team report ${kb(sizes.teamReport)}; questionnaire data (JSON) ${kb(sizes.questionnaireData)}`,
)
if (used > budgets.startAndQuestionnaire) {
  console.error(`over budget by ${kb(used - budgets.startAndQuestionnaire)}`)
  process.exit(1)
}
