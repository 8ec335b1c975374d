import { describeProblems, validateResponse, type AssessmentResponse, type Locale } from '../../domain/index.ts'
import type { ExampleName } from './example-names.ts'
import { exampleMessages } from './messages.ts'

// Each file is its own chunk, loaded on the first visit to its report (the start page carries none).
const FILES: Record<ExampleName, () => Promise<{ default: unknown }>> = {
  'tool-first': () => import('../../../questionnaires/examples/tool-first.json'),
  'grounded-small': () => import('../../../questionnaires/examples/grounded-small.json'),
  advanced: () => import('../../../questionnaires/examples/advanced.json'),
}

const loaded = new Map<ExampleName, Promise<AssessmentResponse>>()

/**
 * An example company's answers, through the same door as any response file (migrated, validated);
 * the same promise every time, as React's `use` needs.
 */
export function loadExample(name: ExampleName): Promise<AssessmentResponse> {
  let promise = loaded.get(name)
  if (!promise) {
    promise = FILES[name]().then(({ default: data }) => {
      const checked = validateResponse(data)
      if (!checked.ok)
        throw new Error(`questionnaires/examples/${name}.json: ${describeProblems(checked.problems).join('; ')}`)
      return checked.value
    })
    loaded.set(name, promise)
  }
  return promise
}

/** The example's industry and role in the reader's language (the files hold them in German). */
export function localizeExample(name: ExampleName, response: AssessmentResponse, locale: Locale): AssessmentResponse {
  const { industry, role } = exampleMessages[locale].examples[name]
  return { ...response, company: { ...response.company, industry, role } }
}
