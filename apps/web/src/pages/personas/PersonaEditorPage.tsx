// Scaffold: replaced by the feature's real page.
export default function PersonaEditorPage() {
  return <div className="page">PersonaEditorPage</div>;
}
