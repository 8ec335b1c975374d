// Writes questionnaires/questionnaire.schema.json from the zod schema. A test fails when it is stale.
import { writeFileSync } from 'node:fs'
import { questionnaireJsonSchemaText } from '../src/domain/questionnaire/json-schema.ts'

const target = new URL('../questionnaires/questionnaire.schema.json', import.meta.url)
writeFileSync(target, questionnaireJsonSchemaText())
console.log(`wrote ${target.pathname}`)
