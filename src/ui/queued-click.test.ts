// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest'
import { markAppRunning, queueEarlyClicks, takeQueuedClick } from './queued-click.ts'

afterEach(() => {
  document.documentElement.removeAttribute('data-app')
  document.documentElement.removeAttribute('data-queued-click')
  document.body.replaceChildren()
})

function staticButton(): HTMLButtonElement {
  const button = document.createElement('button')
  button.setAttribute('data-queue-click', 'begin')
  button.innerHTML = 'Einschätzung beginnen <span>→</span>'
  document.body.append(button)
  return button
}

describe('a click on the static page before the app runs', () => {
  test('is kept until the app takes it, and taken once only', () => {
    queueEarlyClicks()
    staticButton().querySelector('span')!.click()
    markAppRunning()
    expect(takeQueuedClick('other')).toBe(false)
    expect(takeQueuedClick('begin')).toBe(true)
    expect(takeQueuedClick('begin')).toBe(false)
  })

  test('once the app runs, clicks are its own: none is kept', () => {
    queueEarlyClicks()
    const button = staticButton()
    markAppRunning()
    button.click()
    expect(takeQueuedClick('begin')).toBe(false)
  })

  test('a click elsewhere is not kept', () => {
    queueEarlyClicks()
    staticButton()
    document.body.click()
    expect(takeQueuedClick('begin')).toBe(false)
  })
})
