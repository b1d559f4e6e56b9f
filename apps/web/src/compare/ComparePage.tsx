// Scaffold: replaced by the feature's real page.
export default function ComparePage() {
  return <div className="page">ComparePage</div>;
}
