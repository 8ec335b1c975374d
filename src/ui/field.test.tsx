// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { Field } from './field.tsx'

describe('a form field', () => {
  test('the label names the input and the hint describes it', () => {
    render(
      <Field id="company" label="Firmenname" hint="Wie er auf dem Bericht stehen soll">
        {(control) => <input type="text" {...control} />}
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Firmenname' })
    expect(input).toHaveAccessibleDescription('Wie er auf dem Bericht stehen soll')
    expect(input).not.toBeInvalid()
  })

  test('an error marks the input invalid and is read with it, after the hint', () => {
    render(
      <Field id="company" label="Firmenname" hint="Pflichtfeld" error="Bitte einen Namen eingeben.">
        {(control) => <input type="text" {...control} />}
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Firmenname' })
    expect(input).toBeInvalid()
    expect(input).toHaveAccessibleDescription('Pflichtfeld Bitte einen Namen eingeben.')
  })

  test('without hint or error the input has no description at all', () => {
    render(
      <Field id="size" label="Größe">
        {(control) => <select {...control} />}
      </Field>,
    )
    expect(screen.getByRole('combobox', { name: 'Größe' })).not.toHaveAttribute('aria-describedby')
  })
})
