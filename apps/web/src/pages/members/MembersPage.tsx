// Scaffold: replaced by the feature's real page.
export default function MembersPage() {
  return <div className="page">MembersPage</div>;
}
