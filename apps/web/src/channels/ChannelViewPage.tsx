// Scaffold: replaced by the feature's real page.
export default function ChannelViewPage() {
  return <div className="page">ChannelViewPage</div>;
}
