import { useEffect, useState } from 'react'

interface TimerState {
  topic: string
  seconds: number
  remaining: number
  running: boolean
}

/**
 * A countdown per topic: it starts paused at `seconds`, and starts afresh when the topic or the
 * duration changes. It ticks once a second and stops at zero; no sound.
 */
export function useTopicTimer(seconds: number, topic: string) {
  const [state, setState] = useState<TimerState>({ topic, seconds, remaining: seconds, running: false })
  let current = state
  if (state.topic !== topic || state.seconds !== seconds) {
    current = { topic, seconds, remaining: seconds, running: false }
    setState(current)
  }
  const { running, remaining } = current
  useEffect(() => {
    if (!running) return
    const id = setInterval(
      () =>
        setState((s) => {
          const left = Math.max(s.remaining - 1, 0)
          return { ...s, remaining: left, running: left > 0 }
        }),
      1000,
    )
    return () => clearInterval(id)
  }, [running])
  return {
    enabled: seconds > 0,
    running,
    remaining,
    /** Starts or pauses; at zero, starts again from the full time. */
    toggle: () =>
      setState((s) =>
        s.remaining === 0 ? { ...s, remaining: s.seconds, running: true } : { ...s, running: !s.running },
      ),
  }
}

export type TopicTimer = ReturnType<typeof useTopicTimer>

/** 5:07 */
export function clock(seconds: number): string {
  const s = Math.max(seconds, 0)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
