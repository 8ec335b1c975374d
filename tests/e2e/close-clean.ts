import { expect } from 'vitest'
import { foreignRequests, type Session } from './browser.ts'

/**
 * Closes a session that must have run clean: the page threw nothing and the CSP blocked nothing (`errors`),
 * and no request left the app's origin (`requests`). A test passes the records it means to check.
 */
export async function closeClean({ context, errors, requests }: Pick<Session, 'context'> & Partial<Session>) {
  if (errors) expect(errors).toEqual([])
  if (requests) expect(foreignRequests(requests)).toEqual([])
  await context.close()
}
