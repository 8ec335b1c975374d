import { useLayoutEffect } from 'react'
import { useNavigationType } from 'react-router'

/**
 * Every page opens at its top. The browser cannot do it for us: hash routes change only the fragment,
 * and react-router's ScrollRestoration needs the data router. A layout effect, so it runs before the
 * pages' own effects: a page that scrolls somewhere specific (a question to resume, `?q=`) still wins,
 * and the page's heading takes focus (PageHeading). Back, forward and reload (POP) leave the scroll
 * to the browser.
 */
export function useScrollToTop(pathname: string): void {
  const navigation = useNavigationType()
  useLayoutEffect(() => {
    if (navigation !== 'POP') window.scrollTo(0, 0)
  }, [pathname, navigation])
}
