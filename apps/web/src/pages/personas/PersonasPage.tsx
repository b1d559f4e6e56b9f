// Scaffold: replaced by the feature's real page.
export default function PersonasPage() {
  return <div className="page">PersonasPage</div>;
}
