// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { createResponse } from '../../domain/index.ts'
import { loadDefaultQuestionnaire } from '../../store/questionnaire-store.ts'
import { renderApp } from '../../../tests/render.tsx'

describe('an assessment opens with its own questionnaire', () => {
  test('answers to the built-in questionnaire open with it, although a consultant’s own is chosen for new ones', async () => {
    const builtIn = await loadDefaultQuestionnaire()
    const response = createResponse(builtIn, 'on-default', new Date('2026-11-01T09:00:00Z'))
    // renderApp chooses the mini questionnaire for new assessments.
    await renderApp({ at: `/assess/${builtIn.dimensions[0]!.id}`, response })
    expect(await screen.findByRole('heading', { level: 1, name: builtIn.dimensions[0]!.title.de })).toBeInTheDocument()
    expect(screen.queryByText(/gehören zu einem anderen Fragebogen/)).not.toBeInTheDocument()
  })
})
