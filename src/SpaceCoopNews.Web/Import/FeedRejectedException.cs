namespace SpaceCoopNews.Web.Import;

/// <summary>A whole feed fetch refused (unreadable, hostile, too big, wrong type); its message is shown to the admin.</summary>
public sealed class FeedRejectedException(string message, Exception? inner = null) : Exception(message, inner);
