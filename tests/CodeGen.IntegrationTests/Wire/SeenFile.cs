namespace CodeGen.IntegrationTests.Wire;

/// <summary>A file of a multipart body, as IFormFile gave it.</summary>
public sealed record SeenFile(string Field, string FileName, string ContentType, byte[] Content);
