import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { createAppRouter } from './router.tsx'

export function App() {
  // One router per app instance; created lazily so tests can mount the app more than once.
  const [router] = useState(createAppRouter)
  return <RouterProvider router={router} />
}
