import QRCode from 'qrcode'
import { useEffect, useState } from 'react'
import './team-base.css'

/** A QR code drawn in the browser as SVG (no network), shown as an image with a text alternative. */
export function QrCode({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const [svg, setSvg] = useState<{ text: string; url: string } | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toString(text, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#111111', light: '#ffffff' },
    })
      .then((markup) => {
        if (live) setSvg({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}` })
      })
      .catch(() => {
        if (live) setSvg(null)
      })
    return () => {
      live = false
    }
  }, [text])
  if (!svg || svg.text !== text) return <span className="qr qr-pending" style={{ width: size, height: size }} />
  return <img className="qr" src={svg.url} alt={label} width={size} height={size} />
}
