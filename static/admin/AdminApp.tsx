export function AdminApp() {
  return <main>Loading…</main>;
}
