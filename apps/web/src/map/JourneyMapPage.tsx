// Scaffold: replaced by the feature's real page.
export default function JourneyMapPage() {
  return <div className="page">JourneyMapPage</div>;
}
