export default function Blank() {
  return <main>Blank page for measuring the framework&apos;s own JavaScript.</main>;
}
