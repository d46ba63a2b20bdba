namespace CodeGen.Runtime.Http;

/// <summary>How a parameter value is written, as the OpenAPI <c>style</c> keyword names it.</summary>
public enum ParameterStyle
{
    /// <summary><c>form</c>: <c>color=blue</c>; the default in query strings and cookies.</summary>
    Form,

    /// <summary><c>simple</c>: <c>blue,black</c>; the default in paths and headers.</summary>
    Simple,

    /// <summary><c>label</c>: <c>.blue.black</c>, in paths.</summary>
    Label,

    /// <summary><c>matrix</c>: <c>;color=blue</c>, in paths.</summary>
    Matrix,

    /// <summary><c>spaceDelimited</c>: <c>color=blue%20black</c>, in query strings.</summary>
    SpaceDelimited,

    /// <summary><c>pipeDelimited</c>: <c>color=blue%7Cblack</c>, in query strings.</summary>
    PipeDelimited,

    /// <summary><c>deepObject</c>: <c>color%5BR%5D=100</c>, objects in query strings.</summary>
    DeepObject,
}
