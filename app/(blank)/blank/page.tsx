export default function Blank() {
  return <main>Blank page for measuring the framework's own JavaScript.</main>;
}
