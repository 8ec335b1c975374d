export function App() {
  return (
    <main>
      <h1>Groundwork</h1>
      <p>Standortbestimmung im digitalen Zeitalter.</p>
    </main>
  )
}
