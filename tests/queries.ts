import { within, type ByRoleOptions } from '@testing-library/react'

/** The text of every element of one role inside `container`, in document order: what a reader sees listed. */
export function textsOf(container: HTMLElement, role: string, options?: ByRoleOptions): (string | null)[] {
  return within(container)
    .getAllByRole(role, options)
    .map((element) => element.textContent)
}
