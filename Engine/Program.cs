using System.Text;
using Engine.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return EngineCli.Run(args, Console.Out, Console.Error);
