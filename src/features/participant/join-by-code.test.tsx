// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { formatJoinCode, joinCodeFor, sentForWorkshop, type Questionnaire, type Workshop } from '../../domain/index.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { renderWithRouter } from '../../../tests/render.tsx'
import { JoinPage } from './join-page.tsx'
import { miniQuestionnaire } from '../../../tests/builders/questionnaire.ts'

// The code names a built-in questionnaire: here the mini questionnaire stands in for groundwork 2.0.
function asBuiltIn(): Questionnaire {
  const questionnaire = { ...miniQuestionnaire(), id: 'groundwork', version: '2.0' }
  useQuestionnaireStore.setState({ custom: questionnaire, library: [questionnaire] })
  return questionnaire
}
const workshop = { id: 'w-lq2k9x-7f3a', questionnaire: { id: 'groundwork', version: '2.0' } } as Workshop
const code = joinCodeFor(workshop)!

async function typeCode(typed: string) {
  const user = userEvent.setup()
  const view = await renderWithRouter(<JoinPage />, { at: '/join' })
  asBuiltIn()
  const field = await screen.findByRole('textbox', { name: 'Code der Einladung' })
  if (typed) await user.type(field, typed)
  await user.click(screen.getByRole('button', { name: 'Weiter' }))
  return { ...view, user, field }
}

describe('joining with a code', () => {
  test('a code typed as read out (lower case, O for 0) opens the invitation; the answers carry the workshop', async () => {
    const typed = formatJoinCode(code).toLowerCase().replaceAll('0', 'o')
    const { router, user } = await typeCode(typed)
    expect(router.state.location.pathname).toBe('/join')
    expect(await screen.findByRole('heading', { level: 1, name: 'Einladung zu einem Workshop' })).toBeInTheDocument()
    expect(screen.getByText(/Sie nehmen mit dem Code teil/)).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Ihr Name (optional)' }), 'Jonas')
    await user.click(screen.getByRole('button', { name: 'Fragebogen beginnen' }))
    const response = useAssessmentStore.getState().response!
    expect(response.respondent).toEqual({ name: 'Jonas' })
    // The facilitator's workshop knows these answers as its own, by the key in the code.
    expect(sentForWorkshop(response.workshopId!, workshop.id)).toBe(true)
    expect(sentForWorkshop(response.workshopId!, 'w-another')).toBe(false)
  })

  test.each([
    ['', 'Bitte geben Sie den Code ein.'],
    [code.slice(0, 6), 'Der Code hat acht Zeichen, eingegeben sind 6. Bitte prüfen Sie ihn.'],
    [`${code.slice(0, 2)}U${code.slice(3)}`, '„U“ (Zeichen 3) kommt in Codes nicht vor. Bitte prüfen Sie den Code.'],
    [
      `${code.slice(0, 4)}${code[4] === '7' ? '8' : '7'}${code.slice(5)}`,
      'Dieser Code stimmt nicht – wahrscheinlich ist ein Zeichen vertippt. Bitte vergleichen Sie ihn noch einmal.',
    ],
  ])('"%s" is refused with a message that says why', async (typed, message) => {
    const { router, field } = await typeCode(typed)
    expect(screen.getByRole('alert')).toHaveTextContent(message)
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(field).toHaveFocus()
    expect(router.state.location.search).toBe('')
  })
})
