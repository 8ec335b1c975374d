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

describe('a link within the static page before the app runs', () => {
  /** Clicks `link` and says whether the browser was left to follow it. */
  function follows(link: HTMLAnchorElement): boolean {
    let followed = false
    const look = (event: Event) => (followed = !event.defaultPrevented)
    window.addEventListener('click', look)
    link.click()
    window.removeEventListener('click', look)
    return followed
  }

  test('the skip link moves the focus to the content and is not followed (the app would read "#main" as a page)', () => {
    queueEarlyClicks()
    const skip = document.createElement('a')
    skip.href = '#main'
    skip.textContent = 'Zum Inhalt springen'
    const main = document.createElement('main')
    main.id = 'main'
    main.tabIndex = -1
    document.body.append(skip, main)
    expect(follows(skip)).toBe(false)
    expect(document.activeElement).toBe(main)
  })

  test('a link to a page of the app is left to the browser', () => {
    queueEarlyClicks()
    const report = document.createElement('a')
    report.href = '#/report'
    document.body.append(report)
    expect(follows(report)).toBe(true)
  })
})
