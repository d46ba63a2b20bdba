using System.Collections.Generic;
using System.Threading;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Emitting.DependencyInjection;
using CodeGen.Generator.Emitting.Validation;
using CodeGen.Generator.Pipeline;

namespace CodeGen.Generator.Emitting;

/// <summary>Turns an <see cref="ApiSpec"/> into its source files, one type per file, in a stable order.</summary>
internal static class ApiSpecEmitter
{
    public static EquatableArray<GeneratedFile> Emit(ApiSpec spec, EmitOptions options, CancellationToken cancellationToken)
    {
        string ns = spec.Namespace;
        ValidatedRecords validatedRecords = ValidatedRecords.Of(spec.Objects);
        var files = new List<GeneratedFile>
        {
            new(Hint(ns, spec.Client.Name), ClientEmitter.Emit(spec, validatedRecords)),
            new(Hint(ns, spec.Client.Name + "Options"), ClientOptionsEmitter.Emit(spec)),
            new(Hint(ns, spec.Client.Name + "JsonTypeInfoResolver"), TypeInfoResolverEmitter.Emit(spec)),
        };

        if (options.EmitsDependencyInjection)
        {
            files.Add(new GeneratedFile(Hint(ns, ServiceRegistrationEmitter.TypeName(spec)), ServiceRegistrationEmitter.Emit(spec)));
        }

        foreach (ObjectSpec obj in spec.Objects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(Hint(ns, obj.Name), RecordEmitter.Emit(obj, ns, options)));
            files.Add(new GeneratedFile(Hint(ns, obj.Name + "JsonConverter"), ObjectConverterEmitter.Emit(obj, ns)));
            if (validatedRecords.Contains(obj.Name))
            {
                files.Add(new GeneratedFile(Hint(ns, obj.Name + ".Validation"), RecordValidationEmitter.Emit(obj, ns, validatedRecords)));
            }
        }

        foreach (EnumSpec @enum in spec.Enums)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(Hint(ns, @enum.Name), @enum.IsInteger ? IntegerEnumEmitter.Emit(@enum, ns) : EnumEmitter.Emit(@enum, ns)));
            files.Add(new GeneratedFile(Hint(ns, @enum.Name + "JsonConverter"), @enum.IsInteger ? IntegerEnumEmitter.EmitConverter(@enum, ns) : EnumConverterEmitter.Emit(@enum, ns)));
        }

        foreach (UnionSpec union in spec.Unions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(Hint(ns, union.Name), UnionEmitter.Emit(union, ns)));
            files.Add(new GeneratedFile(Hint(ns, union.Name + "JsonConverter"), UnionConverterEmitter.Emit(union, ns)));
        }

        return files.ToEquatableArray();
    }

    private static string Hint(string @namespace, string typeName) => $"{@namespace}.{typeName}.g.cs";
}
