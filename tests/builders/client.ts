// Test support: records written straight into the (fake) IndexedDB workspace, as the app keeps them.
import { writeNow } from '../../src/data/workspace.ts'
import type { AssessmentRecord, Answers, ClientRecord } from '../../src/domain/index.ts'
import { buildResponse } from './response.ts'

export async function seedClient(id: string, name: string, at = '2025-01-10T10:00:00.000Z'): Promise<ClientRecord> {
  const client: ClientRecord = { id, name, createdAt: at, updatedAt: at }
  await writeNow([{ store: 'clients', value: client }])
  return client
}

interface AssessmentSeed {
  id: string
  clientId: string | null
  answers: Answers
  /** When it was last changed (and kept, with `kept`). */
  at: string
  kept?: boolean
  company?: string
}

export async function seedAssessment({ id, clientId, answers, at, kept, company }: AssessmentSeed) {
  const record: AssessmentRecord = {
    id,
    clientId,
    response: {
      ...buildResponse(answers),
      id,
      createdAt: at,
      updatedAt: at,
      ...(company ? { company: { name: company } } : {}),
    },
    ...(kept ? { keptAt: at } : {}),
    updatedAt: at,
  }
  await writeNow([{ store: 'assessments', value: record }])
  return record
}
