namespace AdviceIntake.Portal.Components;

/// <summary>
/// Marks a page people reach without signing in. It renders as plain HTML on the server (no circuit, no WebSocket),
/// works without JavaScript, and loads only the portal's own small stylesheet and script (decision 14).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicPageAttribute : Attribute;
