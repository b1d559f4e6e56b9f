// Scaffold: replaced by the feature's real page.
export default function JourneysPage() {
  return <div className="page">JourneysPage</div>;
}
