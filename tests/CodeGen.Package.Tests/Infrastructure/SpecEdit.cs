namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>The edit an SDK author makes between two releases: one new request field and one new operation.</summary>
internal static class SpecEdit
{
    public const string NewField = "client_tag";
    public const string NewOperationPath = "/files/{task_id}.mp4";

    public static string AddFieldAndOperation(string spec)
    {
        string withField = InsertAfter(spec, "\n    CreateAigcVideoTaskRequest:\n", "\n      properties:\n", """
                    client_tag:
                      type: string
                      description: A label of the caller's choosing.

            """);
        return InsertAfter(withField, string.Empty, "\npaths:\n", """
              /files/{task_id}.mp4:
                get:
                  operationId: getResultFile
                  summary: Download the result file of a finished task.
                  security: []
                  parameters:
                    - name: task_id
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '200':
                      description: The MP4 file.
                      content:
                        video/mp4:
                          schema:
                            type: string
                            format: binary
                    '404':
                      description: No finished task with that id.

            """);
    }

    private static string InsertAfter(string text, string section, string anchor, string insertion)
    {
        int sectionStart = text.IndexOf(section, StringComparison.Ordinal);
        int anchorStart = sectionStart < 0 ? -1 : text.IndexOf(anchor, sectionStart, StringComparison.Ordinal);
        if (anchorStart < 0)
        {
            throw new InvalidOperationException($"The spec no longer has '{anchor.Trim()}' after '{section.Trim()}'; update {nameof(SpecEdit)}.");
        }

        int at = anchorStart + anchor.Length;
        return text[..at] + insertion.Replace("\r\n", "\n", StringComparison.Ordinal) + text[at..];
    }
}
