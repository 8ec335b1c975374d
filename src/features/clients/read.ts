import type { AssessmentRecord, ClientRecord, WorkshopRecord } from '../../domain/index.ts'
import { clientActivities, readAll, readRecord, unfiledIds } from '../../data/workspace.ts'

/** A client as the list shows it: counted through the indexes, without reading its assessments. */
export interface ClientSummary {
  client: ClientRecord
  assessments: number
  workshops: number
  /** The latest change to the client or any of its assessments and workshops. */
  lastChange: string
}

/** Every client, by name, with how many assessments and workshops it holds. */
export async function readClientSummaries(): Promise<ClientSummary[]> {
  const [clients, assessments, workshops] = await Promise.all([
    readAll('clients'),
    clientActivities('assessments'),
    clientActivities('workshops'),
  ])
  const none = { count: 0, lastChange: null }
  const summaries = clients.map((client) => {
    const a = assessments.get(client.id) ?? none
    const w = workshops.get(client.id) ?? none
    const changes = [client.updatedAt, a.lastChange, w.lastChange].filter((c) => c !== null)
    return {
      client,
      assessments: a.count,
      workshops: w.count,
      lastChange: changes.reduce((x, y) => (Date.parse(y) > Date.parse(x) ? y : x)),
    }
  })
  return summaries.sort((a, b) =>
    a.client.name.localeCompare(b.client.name, undefined, { sensitivity: 'base', numeric: true }),
  )
}

function live<T>(records: (T | undefined)[]): T[] {
  return records.filter((record): record is T => record !== undefined)
}

/** Assessments and workshops not filed under any client (the lone owner's own, for one). */
export async function readUnfiled(): Promise<{ assessments: AssessmentRecord[]; workshops: WorkshopRecord[] }> {
  const [assessmentIds, workshopIds] = await Promise.all([unfiledIds('assessments'), unfiledIds('workshops')])
  const [assessments, workshops] = await Promise.all([
    Promise.all(assessmentIds.map((id) => readRecord('assessments', id))),
    Promise.all(workshopIds.map((id) => readRecord('workshops', id))),
  ])
  return { assessments: sortAssessments(live(assessments)), workshops: live(workshops) }
}

/** When an assessment was taken: a kept snapshot's moment, else its last change. */
export function assessedAt(record: AssessmentRecord): string {
  return record.keptAt ?? record.response.updatedAt
}

/** Newest first. */
export function sortAssessments(records: AssessmentRecord[]): AssessmentRecord[] {
  return [...records].sort((a, b) => Date.parse(assessedAt(b)) - Date.parse(assessedAt(a)))
}

export interface ClientWork {
  client: ClientRecord
  /** Newest first. */
  assessments: AssessmentRecord[]
  workshops: WorkshopRecord[]
}

/** One client with its assessments and workshops; null when there is no such (live) client. */
export async function readClientWork(clientId: string): Promise<ClientWork | null> {
  const [client, assessments, workshops] = await Promise.all([
    readRecord('clients', clientId),
    readAll('assessments', { clientId }),
    readAll('workshops', { clientId }),
  ])
  return client ? { client, assessments: sortAssessments(assessments), workshops } : null
}
