# A small GenAI script to explore with Learn GenAI: hover the parameters,
# read the token counts above the prompts, and look at the Information notes.
import boto3
from openai import OpenAI

SYSTEM_PROMPT = """You are a patient tutor. Explain each idea in two sentences,
then give one example from everyday life."""

client = OpenAI()
reply = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": "What does the temperature parameter do?"},
    ],
    temperature=1.4,
    top_p=0.9,
    max_tokens=300,
)

bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")
response = bedrock.converse(
    modelId="anthropic.claude-3-haiku-20240307-v1:0",
    messages=[{"role": "user", "content": [{"text": "Summarize what top-p sampling is."}]}],
    inferenceConfig={"maxTokens": 512, "temperature": 0.5, "topP": 0.9},
)
