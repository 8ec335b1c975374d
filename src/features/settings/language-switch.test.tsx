// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { useSettingsStore } from '../../store/settings-store.ts'
import { renderApp } from '../../../tests/render.tsx'

describe('the language switch', () => {
  test('German by default; English changes the page, the html lang and is remembered', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/' })
    expect(await screen.findByRole('heading', { level: 1, name: /Erst das Geschäft verstehen/ })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('de')
    const german = screen.getByRole('button', { name: 'DE Deutsch' })
    expect(german).toHaveAttribute('aria-pressed', 'true')

    await user.click(screen.getByRole('button', { name: 'EN English' }))
    expect(screen.getByRole('heading', { level: 1, name: /Understand your business first/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Start the assessment/ })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(screen.getByRole('button', { name: 'EN English' })).toHaveAttribute('aria-pressed', 'true')
    expect(useSettingsStore.getState().locale).toBe('en')
    expect(JSON.parse(localStorage.getItem('groundwork.settings')!).state.locale).toBe('en')
  })
})
