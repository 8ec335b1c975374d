// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { renderApp } from '../../../tests/render.tsx'
import { buildResponse } from '../../../tests/builders/response.ts'

describe('about your company', () => {
  test('too long an entry is flagged on its field and nothing is saved', async () => {
    const user = userEvent.setup()
    const { router } = await renderApp({ at: '/company', response: buildResponse() })
    const name = await screen.findByRole('textbox', { name: 'Name des Unternehmens' })
    await user.click(name)
    await user.paste('x'.repeat(201))
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }))
    expect(await screen.findByText('Bitte höchstens 200 Zeichen.')).toBeInTheDocument()
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription('Bitte höchstens 200 Zeichen.')
    expect(useAssessmentStore.getState().response?.company).toBeUndefined()
    expect(router.state.location.pathname).toBe('/company')
  })

  test('valid entries are saved and lead to the first area', async () => {
    const user = userEvent.setup()
    const { router } = await renderApp({ at: '/company', response: buildResponse() })
    await user.type(await screen.findByRole('textbox', { name: 'Name des Unternehmens' }), 'Müller Haustechnik')
    await user.type(screen.getByRole('textbox', { name: 'Branche' }), 'Sanitär')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Größe' }), '10–49')
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }))
    expect(useAssessmentStore.getState().response?.company).toEqual({
      name: 'Müller Haustechnik',
      industry: 'Sanitär',
      size: '10–49',
    })
    await screen.findByRole('heading', { level: 1, name: 'Geschäftsmodell' })
    expect(router.state.location.pathname).toBe('/assess/business-model')
  })

  test('the step can be skipped', async () => {
    const user = userEvent.setup()
    const { router } = await renderApp({ at: '/company', response: buildResponse() })
    await user.click(await screen.findByRole('button', { name: 'Überspringen' }))
    await screen.findByRole('heading', { level: 1, name: 'Geschäftsmodell' })
    expect(router.state.location.pathname).toBe('/assess/business-model')
    expect(useAssessmentStore.getState().response?.company).toBeUndefined()
  })
})
