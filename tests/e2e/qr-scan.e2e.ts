import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import QRCode from 'qrcode'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { encodeShareCode, type AssessmentResponse, type Choice } from '../../src/domain/index.ts'
import { shareLink } from '../../src/ui/team-links.ts'
import { defaultQuestionnaire, storedWorkshop, participantByLink } from './app.ts'
import { baseUrl, newSession } from './browser.ts'

// @ts-expect-error plain ES module without types
import { chromiumFlags, chromiumPath } from '../../scripts/chromium-flags.mjs'
import { axeViolations as axe } from './axe.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const WIDTH = 640
const HEIGHT = 480

const carla: AssessmentResponse = {
  format: 'groundwork-response',
  formatVersion: 2,
  id: 'r-carla-qr',
  questionnaire: { id: questionnaire.id, version: questionnaire.version },
  respondent: { name: 'Carla', role: 'sales-service' },
  answers: Object.fromEntries(questionnaire.questions.map((q, i) => [q.id, { choice: (i % 5) as Choice }])),
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
}

/** One greyscale picture of `text` as a QR code, as large as the frame allows, with a white quiet zone. */
function qrFrame(text: string): Uint8Array {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules
  const quietZone = 4
  const scale = Math.floor((HEIGHT - 20) / (modules.size + 2 * quietZone))
  const side = (modules.size + 2 * quietZone) * scale
  const left = Math.floor((WIDTH - side) / 2)
  const top = Math.floor((HEIGHT - side) / 2)
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(90) // a grey table around the phone's white screen
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - quietZone
      const col = Math.floor(x / scale) - quietZone
      const inCode = row >= 0 && col >= 0 && row < modules.size && col < modules.size
      luma[(top + y) * WIDTH + left + x] = inCode && modules.get(row, col) ? 20 : 235
    }
  return luma
}

/** A still picture as a YUV4MPEG2 clip, which chromium's fake camera plays in a loop. */
function y4m(luma: Uint8Array, frames = 5): Buffer {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`),
    ...Array.from({ length: frames }, () => frame),
  ])
}

let browser: Browser
let clipDir: string
let link: string
beforeAll(async () => {
  link = shareLink(await encodeShareCode(carla, questionnaire), 'w-scanned', baseUrl)
  clipDir = mkdtempSync(join(tmpdir(), 'gw-qr-'))
  const clip = join(clipDir, 'answer-qr.y4m')
  writeFileSync(clip, y4m(qrFrame(link)))
  browser = await chromium.launch({
    executablePath: chromiumPath as string,
    args: [
      ...(chromiumFlags as string[]),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${clip}`,
    ],
  })
})
afterAll(async () => {
  await browser?.close()
  if (clipDir) rmSync(clipDir, { recursive: true, force: true })
})

async function createWorkshop(page: Page, title: string): Promise<void> {
  await page.goto(`${baseUrl}#/workshops`)
  await page.getByRole('button', { name: 'Neuen Workshop anlegen' }).click()
  await page.getByLabel('Titel').fill(title)
  await page.getByRole('button', { name: 'Workshop anlegen' }).click()
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
}

describe('scanning answer QR codes with the camera', () => {
  test("a participant's answer QR code in front of the camera adds them once, read with our own .wasm", async () => {
    const { page, context, requests, errors } = await newSession(browser)
    await context.grantPermissions(['camera'], { origin: new URL(baseUrl).origin })
    // Every camera stream the page opens, so the test can see that "Done" really turns the camera off.
    await context.addInitScript(() => {
      const streams: MediaStream[] = []
      Object.assign(window, { cameraStreams: streams })
      const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await getUserMedia(constraints)
        streams.push(stream)
        return stream
      }
    })
    await createWorkshop(page, 'Klausur mit QR-Codes')

    await page.getByRole('button', { name: 'QR-Codes scannen' }).click()
    // The code was made for another workshop (its id is in the link): the facilitator is asked first,
    // and afterwards the focus is back on the scanner's "Fertig".
    const ask = page.getByRole('dialog')
    await ask.waitFor({ timeout: 30_000 })
    await ask.getByRole('button', { name: 'Trotzdem zu „Klausur mit QR-Codes“ hinzufügen' }).click()
    await expect
      .poll(() => page.getByRole('button', { name: 'Fertig' }).evaluate((b) => b === document.activeElement))
      .toBe(true)
    await page.getByText('1 hinzugefügt, 0 doppelt, 0 abgewiesen.').waitFor({ timeout: 30_000 })
    await expect(page.getByText('QR-Code 1: hinzugefügt als Carla.').count()).resolves.toBe(1)
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^1 Antwort-Code gelesen\./ })
        .count(),
    ).resolves.toBe(1)
    await expect(
      page
        .getByLabel('Kamerabild zum Scannen der Antwort-QR-Codes')
        .evaluate((video: HTMLVideoElement) => video.videoWidth),
    ).resolves.toBe(WIDTH)
    expect(await axe(page)).toEqual([])
    mkdirSync('/tmp/gw-shots', { recursive: true })
    await page.getByRole('heading', { name: 'Antworten importieren' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/gw-shots/workshop-scan.png' })

    // The code stays in view for a while: it is never imported twice.
    await page.waitForTimeout(1500)
    await expect(page.getByText('1 hinzugefügt, 0 doppelt, 0 abgewiesen.').count()).resolves.toBe(1)

    await page.getByRole('button', { name: 'Fertig' }).click()
    await page.getByRole('button', { name: 'QR-Codes scannen' }).waitFor()
    await expect(page.getByLabel('Kamerabild zum Scannen der Antwort-QR-Codes').count()).resolves.toBe(0)
    const tracks = await page.evaluate(() =>
      (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams.flatMap((s) =>
        s.getTracks().map((t) => t.readyState),
      ),
    )
    expect(tracks.length).toBeGreaterThan(0)
    expect(tracks.every((state) => state === 'ended')).toBe(true)

    const participants = page.getByRole('table')
    await expect(participants.getByLabel('Name von Person 1').inputValue()).resolves.toBe('Carla')
    await expect(participants.getByRole('cell', { name: 'Link', exact: true }).count()).resolves.toBe(1)
    const stored = await storedWorkshop(page)
    expect(stored.participants).toEqual([expect.objectContaining(participantByLink(carla))])
    expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true)
    await closeClean({ context, errors, requests })
  })

  test('without camera permission the facilitator is told to paste links or import files', async () => {
    const { page, context, errors } = await newSession(browser)
    // This browser's fake camera prompt always says yes: the refusal is what a real one answers on "Block".
    await context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
    })
    await createWorkshop(page, 'Klausur ohne Kamera')
    await page.getByRole('button', { name: 'QR-Codes scannen' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /Zugriff auf die Kamera wurde nicht erlaubt.*Antwort-Links einfügen bzw\. die Antwortdateien importieren/,
    )
    expect(await axe(page)).toEqual([])
    await closeClean({ context, errors })
  })
})
