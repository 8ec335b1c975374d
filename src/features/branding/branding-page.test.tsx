// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test } from 'vitest'
import { renderWithRouter } from '../../../tests/render.tsx'
import { useBrandingStore } from '../../store/branding-store.ts'
import { BrandingPage } from './branding-page.tsx'

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const png = (name: string) =>
  new File([Uint8Array.from(atob(PNG_1x1), (c) => c.charCodeAt(0))], name, { type: 'image/png' })
const previous = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ=='

// Choosing "all files" in the dialog: the input's accept list is a hint, not a guarantee.
const user = () => userEvent.setup({ applyAccept: false })

beforeEach(() => useBrandingStore.setState({ branding: { name: 'Eva Groß', logo: previous, accent: '#7a3e9d' } }))

describe('branding settings', () => {
  test('shows and saves what is stored; a new logo replaces the old one', async () => {
    await renderWithRouter(<BrandingPage />)
    expect(screen.getByLabelText('Ihr Name')).toHaveValue('Eva Groß')
    expect(screen.getByRole('img', { name: 'Vorschau Ihres Logos' })).toHaveAttribute('src', previous)
    await user().upload(screen.getByLabelText('Logo auswählen'), png('neu.png'))
    expect(screen.getByRole('img', { name: 'Vorschau Ihres Logos' })).toHaveAttribute(
      'src',
      `data:image/png;base64,${PNG_1x1}`,
    )
    await user().type(screen.getByLabelText('Ihre Firma'), 'Groß & Partner')
    await user().click(screen.getByRole('button', { name: 'Speichern' }))
    expect(await screen.findByText(/Gespeichert/)).toBeInTheDocument()
    expect(useBrandingStore.getState().branding).toEqual({
      name: 'Eva Groß',
      company: 'Groß & Partner',
      logo: `data:image/png;base64,${PNG_1x1}`,
      accent: '#7a3e9d',
    })
  })

  test.each([
    ['a GIF', new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }), /muss ein PNG- oder JPEG-Bild sein/],
    [
      'a file over 500 KB',
      new File([new Uint8Array(600 * 1024)], 'gross.png', { type: 'image/png' }),
      /600 KB groß; erlaubt sind höchstens 500 KB/,
    ],
    ['a damaged PNG', new File(['not really a png'], 'kaputt.png', { type: 'image/png' }), /nicht als Bild lesen/],
  ])('%s gets a clear message and the previous logo stays', async (_, file, message) => {
    await renderWithRouter(<BrandingPage />)
    await user().upload(screen.getByLabelText('Logo auswählen'), file)
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.getByRole('alert')).toHaveTextContent('Das bisherige Logo bleibt.')
    expect(screen.getByRole('img', { name: 'Vorschau Ihres Logos' })).toHaveAttribute('src', previous)
    await user().click(screen.getByRole('button', { name: 'Speichern' }))
    expect(useBrandingStore.getState().branding.logo).toBe(previous)
  })

  test('the accent colour must be a #rrggbb code; nothing is saved until it is', async () => {
    await renderWithRouter(<BrandingPage />)
    const accent = screen.getByLabelText('Akzentfarbe')
    await user().clear(accent)
    await user().type(accent, 'lila')
    await user().click(screen.getByRole('button', { name: 'Speichern' }))
    expect(await screen.findByText('Bitte eine Farbe im Format #1d5c63 angeben.')).toBeInTheDocument()
    expect(accent).toHaveAttribute('aria-invalid', 'true')
    expect(useBrandingStore.getState().branding.accent).toBe('#7a3e9d')
    await user().clear(accent)
    await user().type(accent, '#1D5C63')
    await user().click(screen.getByRole('button', { name: 'Speichern' }))
    expect(await screen.findByText(/Gespeichert/)).toBeInTheDocument()
    expect(useBrandingStore.getState().branding.accent).toBe('#1d5c63')
  })

  test('the logo can be removed', async () => {
    await renderWithRouter(<BrandingPage />)
    await user().click(screen.getByRole('button', { name: 'Logo entfernen' }))
    expect(screen.queryByRole('img', { name: 'Vorschau Ihres Logos' })).not.toBeInTheDocument()
    await user().click(screen.getByRole('button', { name: 'Speichern' }))
    expect(useBrandingStore.getState().branding.logo).toBeUndefined()
  })
})
