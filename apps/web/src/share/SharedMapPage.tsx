// Scaffold: replaced by the feature's real page.
export default function SharedMapPage() {
  return <div className="page">SharedMapPage</div>;
}
