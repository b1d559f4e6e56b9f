// Scaffold: replaced by the feature's real page.
export default function SignUpPage() {
  return <div className="page">SignUpPage</div>;
}
