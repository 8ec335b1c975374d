// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { MemoryRouter } from 'react-router'
import { describe, expect, test, vi } from 'vitest'
import { Button, ButtonLink } from './button.tsx'

describe('the app button', () => {
  test('inside a form it does not submit unless it says so', async () => {
    const submit = vi.fn((event: SubmitEvent) => event.preventDefault())
    const click = vi.fn()
    render(
      <form aria-label="Firma" onSubmit={(event) => submit(event.nativeEvent as SubmitEvent)}>
        <Button onClick={click}>Zurücksetzen</Button>
        <Button type="submit" variant="primary">
          Speichern
        </Button>
      </form>,
    )
    const reset = screen.getByRole('button', { name: 'Zurücksetzen' })
    expect(reset).toHaveAttribute('type', 'button')
    await userEvent.click(reset)
    expect(click).toHaveBeenCalledOnce()
    expect(submit).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }))
    expect(submit).toHaveBeenCalledOnce()
  })

  test('is drawn in its variant, and keeps the classes and attributes it is given', () => {
    render(
      <>
        <Button>Abbrechen</Button>
        <Button variant="danger" className="clients-danger" aria-pressed={false} disabled>
          Löschen
        </Button>
      </>,
    )
    const plain = screen.getByRole('button', { name: 'Abbrechen' })
    expect(plain.className).toBe('button')
    const danger = screen.getByRole('button', { name: 'Löschen' })
    expect(danger.className).toBe('button button-danger clients-danger')
    expect(danger).toHaveAttribute('aria-pressed', 'false')
    expect(danger).toBeDisabled()
  })

  test('hands its ref to the button, so a dialog can move the focus to it', () => {
    const ref = createRef<HTMLButtonElement>()
    render(<Button ref={ref}>Weiter</Button>)
    ref.current?.focus()
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveFocus()
  })

  test('as a link it stays a link, drawn as a button', () => {
    render(
      <MemoryRouter>
        <ButtonLink to="/bericht" variant="quiet">
          Zum Bericht
        </ButtonLink>
      </MemoryRouter>,
    )
    const link = screen.getByRole('link', { name: 'Zum Bericht' })
    expect(link).toHaveAttribute('href', '/bericht')
    expect(link.className).toBe('button button-quiet')
  })
})
