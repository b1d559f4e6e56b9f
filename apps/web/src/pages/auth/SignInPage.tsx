// Scaffold: replaced by the feature's real page.
export default function SignInPage() {
  return <div className="page">SignInPage</div>;
}
